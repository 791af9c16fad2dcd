from django.db import models


class Event(models.Model):
    memo = models.DateField()
    email = models.ImageField(upload_to='images/')
    attachment = models.CharField(max_length=20)
    price = models.CharField(max_length=100, null=True)
    weight = models.DecimalField(max_digits=5, decimal_places=3, null=True)
    order = models.OneToOneField('community.Order', on_delete=models.CASCADE)
    user = models.ForeignKey('users.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='event_user_set')

    class Meta:
        unique_together = ('memo', 'weight')
